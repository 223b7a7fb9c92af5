// Command mknb writes the course notebooks (notebooks/NN-topic.ipynb) from
// their translation sources (notebooks/src/NN-topic.md).
//
// Usage:
//
//	go run ./cmd/mknb [-check] [-src notebooks/src] [-out notebooks]
//
// A source is Markdown with one HTML comment before each cell:
//
//	<!-- notebook seed="000_56b61280d03eab8a.txt" -->
//	<!-- cell markdown seed="000 text 1" -->
//	# 프로세스 ...
//	<!-- cell code seed="000 cell 2 In [2]" compare="lines-any-order" -->
//	```go
//	fmt.Println("hi")
//	```
//
// Attributes are key="Go-quoted string" or key=`raw string`. Cell attributes:
//
//   - seed: which part of the seed document the cell translates
//     ("NNN cell K In [n]" for the K-th code cell of an exported notebook,
//     "NNN code block K" for the K-th code block of a blog post,
//     "NNN text K" for prose);
//   - added: why a cell that is not in the seed was added ("title",
//     "go-note", "go-way", "example", "api-example", "timeline", "widget");
//   - compare (code cells): how the test compares a fresh run with the stored
//     output, stream by stream (stdout, stderr, the result):
//     "exact" (default): the same text;
//     "lines-any-order": the same lines, in any order (interleaving);
//     "pattern": every line of the fresh and of the stored output matches
//     the regular expression pattern= (anchored at both ends), and one is
//     empty only when the other is (a varying number of lines);
//     "none": not compared (only: no error);
//   - mask (code cells, with exact or lines-any-order): a regular expression
//     whose matches are replaced by "…" in both outputs before they are
//     compared (ids, PIDs, timestamps, durations);
//   - note: free text for maintainers, kept in the metadata;
//   - id: the cell id, when the one derived from seed/added is not wanted.
//
// Outputs are never written by hand: a cell keeps the outputs of the existing
// notebook when its id, type and source are unchanged, and has none
// otherwise; `gonotes run NOTEBOOK --inplace` fills them. The output is
// deterministic, so -check can verify that the committed notebooks match
// their sources.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

func main() {
	src := flag.String("src", "notebooks/src", "directory of translation sources (*.md)")
	out := flag.String("out", "notebooks", "directory the notebooks are written to")
	check := flag.Bool("check", false, "write nothing; fail if a notebook is out of date")
	flag.Parse()
	if err := run(*src, *out, *check); err != nil {
		fmt.Fprintln(os.Stderr, "mknb:", err)
		os.Exit(1)
	}
}

func run(srcDir, outDir string, check bool) error {
	files, err := filepath.Glob(filepath.Join(srcDir, "*.md"))
	if err != nil {
		return fmt.Errorf("list sources: %w", err)
	}
	if len(files) == 0 {
		return fmt.Errorf("no sources in %s", srcDir)
	}
	sort.Strings(files)
	var stale []string
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".md") + ".ipynb"
		target := filepath.Join(outDir, name)
		text, err := os.ReadFile(f)
		if err != nil {
			return fmt.Errorf("read source: %w", err)
		}
		nb, err := Parse(string(text))
		if err != nil {
			return fmt.Errorf("%s: %w", f, err)
		}
		nb.Metadata.Gonotes.Source = filepath.ToSlash(filepath.Join("src", filepath.Base(f)))
		old, err := os.ReadFile(target)
		if err != nil && !os.IsNotExist(err) {
			return fmt.Errorf("read notebook: %w", err)
		}
		if old != nil {
			if err := keepOutputs(nb, old); err != nil {
				return fmt.Errorf("%s: %w", target, err)
			}
		}
		data, err := Encode(nb)
		if err != nil {
			return fmt.Errorf("%s: %w", target, err)
		}
		if same, err := sameJSON(data, old); err != nil {
			return fmt.Errorf("%s: %w", target, err)
		} else if same {
			continue
		}
		if check {
			stale = append(stale, target)
			continue
		}
		if err := os.WriteFile(target, data, 0o644); err != nil {
			return fmt.Errorf("write notebook: %w", err)
		}
		fmt.Println("wrote", target)
	}
	if len(stale) > 0 {
		return fmt.Errorf("out of date (run go generate ./notebooks): %s", strings.Join(stale, ", "))
	}
	return nil
}

// Notebook is an nbformat 4.5 notebook.
type Notebook struct {
	Cells         []*Cell  `json:"cells"`
	Metadata      Metadata `json:"metadata"`
	NBFormat      int      `json:"nbformat"`
	NBFormatMinor int      `json:"nbformat_minor"`
}

// Metadata is the notebook-level metadata.
type Metadata struct {
	Gonotes      NotebookInfo `json:"gonotes"`
	Kernelspec   Kernelspec   `json:"kernelspec"`
	LanguageInfo LanguageInfo `json:"language_info"`
}

// Kernelspec names the kernel that runs the notebook.
type Kernelspec struct {
	DisplayName string `json:"display_name"`
	Language    string `json:"language"`
	Name        string `json:"name"`
}

// LanguageInfo describes the notebook's language for front ends.
// It is what the kernel's kernel_info_reply says (a front end that finds
// another value marks the notebook changed); Version, the Go release the
// kernel was built with, is kept from the existing notebook, where
// `gonotes run` stored it.
type LanguageInfo struct {
	CodemirrorMode    string `json:"codemirror_mode"`
	FileExtension     string `json:"file_extension"`
	Mimetype          string `json:"mimetype"`
	Name              string `json:"name"`
	NbconvertExporter string `json:"nbconvert_exporter"`
	PygmentsLexer     string `json:"pygments_lexer"`
	Version           string `json:"version,omitempty"`
}

// NotebookInfo records where a notebook comes from.
type NotebookInfo struct {
	Seed   string `json:"seed"`
	Source string `json:"source"`
}

// Cell is one notebook cell. Code cells always have execution_count and
// outputs; markdown cells never do.
type Cell struct {
	CellType       string            `json:"cell_type"`
	ExecutionCount *int              `json:"execution_count,omitempty"`
	ID             string            `json:"id"`
	Metadata       CellMeta          `json:"metadata"`
	Outputs        []json.RawMessage `json:"outputs,omitempty"`
	Source         []string          `json:"source"`

	isCode bool
}

// MarshalJSON writes execution_count and outputs for code cells even when
// they are null or empty, as nbformat requires.
func (c *Cell) MarshalJSON() ([]byte, error) {
	if c.CellType != "code" {
		type plain struct {
			CellType string   `json:"cell_type"`
			ID       string   `json:"id"`
			Metadata CellMeta `json:"metadata"`
			Source   []string `json:"source"`
		}
		return marshal(plain{c.CellType, c.ID, c.Metadata, c.Source})
	}
	type code struct {
		CellType       string            `json:"cell_type"`
		ExecutionCount *int              `json:"execution_count"`
		ID             string            `json:"id"`
		Metadata       CellMeta          `json:"metadata"`
		Outputs        []json.RawMessage `json:"outputs"`
		Source         []string          `json:"source"`
	}
	outs := c.Outputs
	if outs == nil {
		outs = []json.RawMessage{}
	}
	return marshal(code{c.CellType, c.ExecutionCount, c.ID, c.Metadata, outs, c.Source})
}

// CellMeta is a cell's metadata: only the gonotes entry.
type CellMeta struct {
	Gonotes CellInfo `json:"gonotes"`
}

// CellInfo is the gonotes metadata of a cell (see the package doc).
type CellInfo struct {
	Added   string `json:"added,omitempty"`
	Compare string `json:"compare,omitempty"`
	Mask    string `json:"mask,omitempty"`
	Note    string `json:"note,omitempty"`
	Pattern string `json:"pattern,omitempty"`
	Seed    string `json:"seed,omitempty"`
}

var (
	commentRE = regexp.MustCompile(`^<!--\s*(notebook|cell)\b(.*?)-->\s*$`)
	attrRE    = regexp.MustCompile("^\\s*([a-z]+)=(\"(?:[^\"\\\\]|\\\\.)*\"|`[^`]*`)")
	idRE      = regexp.MustCompile(`[^a-zA-Z0-9]+`)
	compares  = map[string]bool{"exact": true, "lines-any-order": true, "pattern": true, "none": true}
)

// Parse turns a translation source into a notebook without outputs.
func Parse(text string) (*Notebook, error) {
	nb := &Notebook{
		Metadata: Metadata{
			Kernelspec: Kernelspec{Name: "gonotes", DisplayName: "Go (gonotes)", Language: "go"},
			LanguageInfo: LanguageInfo{Name: "go", FileExtension: ".go", Mimetype: "text/x-go",
				PygmentsLexer: "go", CodemirrorMode: "go", NbconvertExporter: "script"},
		},
		NBFormat: 4, NBFormatMinor: 5,
	}
	var (
		cur   *Cell
		start int
		body  []string
		ids   = map[string]int{}
	)
	flush := func() error {
		if cur == nil {
			return nil
		}
		src, err := cellSource(cur, body)
		if err != nil {
			return fmt.Errorf("cell at line %d: %w", start, err)
		}
		cur.Source = splitLines(src)
		nb.Cells = append(nb.Cells, cur)
		return nil
	}
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	for i, line := range lines {
		m := commentRE.FindStringSubmatch(line)
		if m == nil {
			if cur == nil {
				if strings.TrimSpace(line) != "" {
					return nil, fmt.Errorf("line %d: text before the first cell", i+1)
				}
				continue
			}
			body = append(body, line)
			continue
		}
		attrs, err := parseAttrs(m[2])
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", i+1, err)
		}
		if m[1] == "notebook" {
			if cur != nil || nb.Metadata.Gonotes.Seed != "" {
				return nil, fmt.Errorf("line %d: the notebook comment must come first, once", i+1)
			}
			nb.Metadata.Gonotes.Seed = attrs["seed"]
			delete(attrs, "seed")
			if len(attrs) > 0 {
				return nil, fmt.Errorf("line %d: unknown notebook attributes %v", i+1, keys(attrs))
			}
			continue
		}
		if err := flush(); err != nil {
			return nil, err
		}
		cur, err = newCell(attrs, ids)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", i+1, err)
		}
		start, body = i+1, nil
	}
	if err := flush(); err != nil {
		return nil, err
	}
	if nb.Metadata.Gonotes.Seed == "" {
		return nil, fmt.Errorf("missing <!-- notebook seed=... --> header")
	}
	return nb, nil
}

func newCell(attrs map[string]string, ids map[string]int) (*Cell, error) {
	c := &Cell{}
	for k, v := range attrs {
		switch k {
		case "markdown", "code":
			c.CellType = k
		case "seed":
			c.Metadata.Gonotes.Seed = v
		case "added":
			c.Metadata.Gonotes.Added = v
		case "compare":
			if !compares[v] {
				return nil, fmt.Errorf("compare=%q: want exact, lines-any-order, pattern or none", v)
			}
			c.Metadata.Gonotes.Compare = v
		case "pattern":
			if _, err := regexp.Compile(v); err != nil {
				return nil, fmt.Errorf("pattern: %w", err)
			}
			c.Metadata.Gonotes.Pattern = v
		case "mask":
			if _, err := regexp.Compile(v); err != nil {
				return nil, fmt.Errorf("mask: %w", err)
			}
			c.Metadata.Gonotes.Mask = v
		case "note":
			c.Metadata.Gonotes.Note = v
		case "id":
			c.ID = v
		default:
			return nil, fmt.Errorf("unknown cell attribute %q", k)
		}
	}
	info := &c.Metadata.Gonotes
	switch {
	case c.CellType == "":
		return nil, fmt.Errorf("cell type (markdown or code) missing")
	case info.Seed == "" && info.Added == "":
		return nil, fmt.Errorf("a cell needs seed= or added=")
	case c.CellType == "markdown" && (info.Compare != "" || info.Pattern != "" || info.Mask != ""):
		return nil, fmt.Errorf("compare/pattern/mask on a markdown cell")
	case (info.Compare == "pattern") != (info.Pattern != ""):
		return nil, fmt.Errorf("pattern= goes with compare=pattern, and only with it")
	case info.Mask != "" && info.Compare != "exact" && info.Compare != "lines-any-order" && info.Compare != "":
		return nil, fmt.Errorf("mask= goes with compare=exact or lines-any-order")
	}
	if c.CellType == "code" && info.Compare == "" {
		info.Compare = "exact"
	}
	if c.ID == "" {
		base := strings.Trim(idRE.ReplaceAllString(strings.ToLower(info.Seed+" "+info.Added), "-"), "-")
		if c.CellType == "markdown" {
			base = "md-" + base
		}
		if len(base) > 56 {
			base = base[:56]
		}
		c.ID = base
		if n := ids[base]; n > 0 {
			c.ID = fmt.Sprintf("%s-%d", base, n+1)
		}
		ids[base]++
	}
	if ids["#"+c.ID] > 0 {
		return nil, fmt.Errorf("duplicate cell id %q", c.ID)
	}
	ids["#"+c.ID]++
	return c, nil
}

// parseAttrs reads `word` flags and key="value" / key=`value` pairs.
func parseAttrs(s string) (map[string]string, error) {
	attrs := map[string]string{}
	for s = strings.TrimSpace(s); s != ""; s = strings.TrimSpace(s) {
		if m := attrRE.FindStringSubmatch(s); m != nil {
			v := m[2]
			if v[0] == '"' {
				var err error
				if v, err = strconv.Unquote(v); err != nil {
					return nil, fmt.Errorf("attribute %s: %w", m[1], err)
				}
			} else {
				v = v[1 : len(v)-1]
			}
			attrs[m[1]] = v
			s = s[len(m[0]):]
			continue
		}
		word, rest, _ := strings.Cut(s, " ")
		if strings.ContainsAny(word, "=\"`") {
			return nil, fmt.Errorf("cannot parse attributes at %q", s)
		}
		attrs[word] = ""
		s = rest
	}
	return attrs, nil
}

// cellSource trims blank lines around a cell; a code cell must be exactly one
// ```go fenced block, whose content is the cell's source.
func cellSource(c *Cell, body []string) (string, error) {
	for len(body) > 0 && strings.TrimSpace(body[0]) == "" {
		body = body[1:]
	}
	for len(body) > 0 && strings.TrimSpace(body[len(body)-1]) == "" {
		body = body[:len(body)-1]
	}
	if c.CellType == "markdown" {
		if len(body) == 0 {
			return "", fmt.Errorf("empty markdown cell")
		}
		return strings.Join(body, "\n"), nil
	}
	if len(body) < 2 || body[0] != "```go" || body[len(body)-1] != "```" {
		return "", fmt.Errorf("a code cell must be one ```go fenced block")
	}
	inner := body[1 : len(body)-1]
	for _, l := range inner {
		if strings.HasPrefix(l, "```") {
			return "", fmt.Errorf("a code cell must be one ```go fenced block")
		}
	}
	return strings.Join(inner, "\n"), nil
}

// splitLines splits text the way Jupyter stores sources: every line keeps its
// newline except the last.
func splitLines(s string) []string {
	if s == "" {
		return []string{}
	}
	parts := strings.SplitAfter(s, "\n")
	if parts[len(parts)-1] == "" {
		parts = parts[:len(parts)-1]
	}
	return parts
}

// keepOutputs copies outputs and execution counts from the existing notebook
// file into cells whose id, type and source are unchanged, and the version
// of language_info.
func keepOutputs(nb *Notebook, old []byte) error {
	var prev struct {
		Metadata struct {
			LanguageInfo struct {
				Version string `json:"version"`
			} `json:"language_info"`
		} `json:"metadata"`
		Cells []struct {
			CellType       string            `json:"cell_type"`
			ID             string            `json:"id"`
			ExecutionCount *int              `json:"execution_count"`
			Outputs        []json.RawMessage `json:"outputs"`
			Source         json.RawMessage   `json:"source"`
		} `json:"cells"`
	}
	if err := json.Unmarshal(old, &prev); err != nil {
		return fmt.Errorf("parse existing notebook: %w", err)
	}
	nb.Metadata.LanguageInfo.Version = prev.Metadata.LanguageInfo.Version
	type saved struct {
		count   *int
		outputs []json.RawMessage
	}
	byKey := map[string]saved{}
	for _, c := range prev.Cells {
		if c.CellType != "code" {
			continue
		}
		src, err := sourceText(c.Source)
		if err != nil {
			return err
		}
		byKey[c.ID+"\x00"+src] = saved{c.ExecutionCount, c.Outputs}
	}
	for _, c := range nb.Cells {
		if c.CellType != "code" {
			continue
		}
		if s, ok := byKey[c.ID+"\x00"+strings.Join(c.Source, "")]; ok {
			c.ExecutionCount, c.Outputs = s.count, s.outputs
		}
	}
	return nil
}

// sourceText reads a cell source stored as a string or a list of strings.
func sourceText(raw json.RawMessage) (string, error) {
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return s, nil
	}
	var l []string
	if err := json.Unmarshal(raw, &l); err != nil {
		return "", fmt.Errorf("cell source: %w", err)
	}
	return strings.Join(l, ""), nil
}

// Encode writes nb the way Jupyter does: one-space indent, UTF-8 text
// unescaped, a final newline. Outputs are re-indented to match.
func Encode(nb *Notebook) ([]byte, error) {
	raw, err := marshal(nb)
	if err != nil {
		return nil, fmt.Errorf("encode notebook: %w", err)
	}
	var buf bytes.Buffer
	if err := json.Indent(&buf, raw, "", " "); err != nil {
		return nil, fmt.Errorf("indent notebook: %w", err)
	}
	buf.WriteByte('\n')
	return buf.Bytes(), nil
}

func marshal(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}

// sameJSON reports whether a and b hold the same JSON value, so that a
// notebook written by another tool with other spacing is not rewritten.
func sameJSON(a, b []byte) (bool, error) {
	if b == nil {
		return false, nil
	}
	var va, vb any
	if err := json.Unmarshal(a, &va); err != nil {
		return false, fmt.Errorf("compare: %w", err)
	}
	if err := json.Unmarshal(b, &vb); err != nil {
		return false, fmt.Errorf("compare: parse existing notebook: %w", err)
	}
	return reflect.DeepEqual(va, vb), nil
}

func keys(m map[string]string) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
