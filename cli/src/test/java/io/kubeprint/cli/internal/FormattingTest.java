package io.kubeprint.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubeprint.render.ReadResult;
import io.kubeprint.render.RenderOptions;
import io.kubeprint.render.internal.Reading;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where {@link Formatting} puts each comment of a file in the canonical rendering, rule by rule, what it refuses
 * and how it says so; every formatted text is formatted again to itself.
 */
class FormattingTest {
  private static final RenderOptions OPTIONS = RenderOptions.defaults().validate(false);

  /** Formats {@code yaml} as the file {@code app.yaml}, checking that its output formats to itself. */
  private static String fmt(String yaml) {
    Formatting.Outcome once = outcome(yaml);
    assertThat(once.refusals()).isEmpty();
    Formatting.Outcome twice = outcome(once.text());
    assertThat(twice.refusals()).isEmpty();
    assertThat(twice.text()).as("formatted again").isEqualTo(once.text());
    return once.text();
  }

  private static Formatting.Outcome outcome(String yaml) {
    List<Reading.Origin> origins = new ArrayList<>();
    ReadResult r = Reading.read(new StringReader(yaml), "app.yaml", true, origins);
    assertThat(r.problems()).isEmpty();
    return Formatting.yaml(List.of(new Formatting.Source("app.yaml", yaml, r.objects(), origins)), OPTIONS);
  }

  @Test
  void should_keep_the_head_comment_at_the_top_while_documents_move_with_their_comments() {
    // GIVEN a head comment (ended by a blank line) and a comment above each document, out of apply order
    String out = fmt("""
        # Copyright the authors
        #
        # the web app

        # the pod
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        ---
        # its settings
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings
        """);
    // THEN the head stays first, then each document with its own comment, in apply order
    assertThat(out).isEqualTo("""
        # Copyright the authors
        #
        # the web app

        # its settings
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings
        ---
        # the pod
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        """);
  }

  @Test
  void should_keep_comments_before_and_on_the_separator_with_the_next_document() {
    String out = fmt("""
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        # the settings, written before the separator
        --- # on the separator
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings
        """);
    assertThat(out).isEqualTo("""
        # the settings, written before the separator
        # on the separator
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        """);
  }

  @Test
  void should_keep_a_comment_above_a_key_when_keys_are_sorted() {
    String out = fmt("""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings
        data:
          # the mode, fast or safe
          mode: fast
          # where it logs
          log: stdout
        """);
    assertThat(out).isEqualTo("""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings
        data:
          # where it logs
          log: stdout
          # the mode, fast or safe
          mode: fast
        """);
  }

  @Test
  void should_keep_line_end_comments_and_their_continuations_on_their_keys() {
    String out = fmt("""
        kind: ConfigMap # a kind
        apiVersion: v1
        metadata: # who it is
          name: settings
        data:
          mode: fast     # fast or safe,
                         # safe by default
          log: stdout    # or a file
        """);
    assertThat(out).isEqualTo("""
        apiVersion: v1
        kind: ConfigMap # a kind
        metadata: # who it is
          name: settings
        data:
          log: stdout # or a file
          mode: fast # fast or safe,
                     # safe by default
        """);
  }

  @Test
  void should_keep_comments_on_list_items_which_keep_their_order() {
    String out = fmt("""
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
            # the app
            - name: web
              image: nginx # pinned below
            # the sidecar
            - name: log
              image: fluentd
            # - name: debug
            #   image: busybox
        """);
    assertThat(out).isEqualTo("""
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
          # the app
          - image: nginx # pinned below
            name: web
          # the sidecar
          - image: fluentd
            name: log
          # - name: debug
          #   image: busybox
        """);
  }

  @Test
  void should_keep_the_comments_after_the_last_document_at_the_end() {
    String out = fmt("""
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings
        # end of the app
        """);
    assertThat(out).isEqualTo("""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        # end of the app
        """);
  }

  @Test
  void should_leave_a_hash_in_strings_and_block_scalars_as_content() {
    String out = fmt("""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings
        data:
          color: "#ff0000"
          script: |
            # a shell comment, part of the script
            echo hi
          channel: '#ops' # the comment
        """);
    assertThat(out).isEqualTo("""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings
        data:
          channel: "#ops" # the comment
          color: "#ff0000"
          script: |
            # a shell comment, part of the script
            echo hi
        """);
  }

  @Test
  void should_keep_a_comment_after_a_block_scalar_out_of_its_content() {
    // GIVEN a comment after a block scalar, left of its content (so not content) but right of its key
    String out = fmt("""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings
        data:
          script: |
              echo hi
            # after the script
          mode: fast
        """);
    // THEN it stays after the script, still left of the script's content, which fmt indents by two
    assertThat(out).isEqualTo("""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings
        data:
          mode: fast
          script: |
            echo hi
           # after the script
        """);
  }

  @Test
  void should_write_the_comments_of_a_flow_collection_in_block_style() {
    String out = fmt("""
        {
          apiVersion: "v1",
          kind: "ConfigMap", # the kind
          metadata: {name: "settings"},
          data: {
            # the mode
            mode: "fast",
            log: "stdout", # or a file
          },
        }
        """);
    assertThat(out).isEqualTo("""
        apiVersion: v1
        kind: ConfigMap # the kind
        metadata:
          name: settings
        data:
          log: stdout # or a file
          # the mode
          mode: fast
        """);
  }

  @Test
  void should_give_each_item_of_a_v1_list_the_comments_above_it() {
    String out = fmt("""
        # two objects
        apiVersion: v1
        kind: List
        items:
        # the pod
        - apiVersion: v1
          kind: Pod
          metadata:
            name: web # the app
        # the settings
        - apiVersion: v1
          kind: ConfigMap
          metadata:
            name: settings
        """);
    assertThat(out).isEqualTo("""
        # the settings
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings
        ---
        # two objects
        # the pod
        apiVersion: v1
        kind: Pod
        metadata:
          name: web # the app
        """);
  }

  @Test
  void should_move_the_comments_of_string_data_into_data() {
    String out = fmt("""
        apiVersion: v1
        kind: Secret
        metadata:
          name: db
        stringData:
          # the database user
          user: app
        """);
    assertThat(out).isEqualTo("""
        apiVersion: v1
        kind: Secret
        metadata:
          name: db
        data:
          # the database user
          user: YXBw
        """);
  }

  @Test
  void should_refuse_a_comment_on_a_field_that_fmt_leaves_out() {
    // GIVEN a comment on an empty map, which the canonical form drops
    Formatting.Outcome o = outcome("""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings
          labels: {} # none yet
        """);
    // THEN fmt refuses it, naming the file, the line and why
    assertThat(o.text()).isEmpty();
    assertThat(o.refusals()).containsExactly("app.yaml:5: fmt cannot keep the comment \"# none yet\": it is on"
        + " metadata.labels, which fmt leaves out (a null or empty value, or one the object does not keep); move it"
        + " or delete it");
  }

  @Test
  void should_refuse_a_comment_after_a_document_end_marker() {
    Formatting.Outcome o = outcome("""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings
        ...
        # never read
        """);
    assertThat(o.refusals()).containsExactly("app.yaml:6: fmt cannot keep the comment \"# never read\": it follows"
        + " a '...' document end, where kubectl reads nothing up to the next '---'");
  }

  @Test
  void should_print_the_rendering_unchanged_when_the_file_has_no_comment() {
    Formatting.Outcome o = outcome("kind: ConfigMap\napiVersion: v1\nmetadata: {name: settings}\ndata: {a: '#1'}\n");
    assertThat(o.text()).isEqualTo("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n"
        + "  a: \"#1\"\n");
  }
}
