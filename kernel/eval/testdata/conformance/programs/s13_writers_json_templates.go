package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"text/template"
)

type upperWriter struct {
	w     io.Writer
	count int
}

func (u *upperWriter) Write(p []byte) (int, error) {
	u.count += len(p)
	return u.w.Write(bytes.ToUpper(p))
}

type Base struct {
	ID   int    `json:"id"`
	Kind string `json:"kind,omitempty"`
}

func (b Base) Describe() string { return fmt.Sprintf("#%d(%s)", b.ID, b.Kind) }

type Item struct {
	Base
	Name  string            `json:"name"`
	Tags  []string          `json:"tags,omitempty"`
	Attrs map[string]any    `json:"attrs,omitempty"`
	Next  *Item             `json:"next,omitempty"`
	Price float64           `json:"price"`
	Meta  map[string]string `json:"-"`
}

type Describer interface{ Describe() string }

type lineCounter int

func (l *lineCounter) Write(p []byte) (int, error) {
	*l += lineCounter(bytes.Count(p, []byte("\n")))
	return len(p), nil
}

type temp float64

func (t temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type reading struct {
	City string
	T    temp
}

func (r reading) Hot() bool { return r.T > 25 }

func main() {
	uw := &upperWriter{w: os.Stdout}
	fmt.Fprintf(uw, "hello %s %d\n", "world", 42)
	fmt.Fprintln(uw, "again")
	fmt.Println(uw.count)

	var lc lineCounter
	w := io.MultiWriter(&lc, io.Discard)
	fmt.Fprint(w, "a\nb\nc\n")
	fmt.Println(int(lc))

	it := Item{Base: Base{ID: 7, Kind: "tool"}, Name: "hammer", Tags: []string{"x"}, Attrs: map[string]any{"w": 1.5, "ok": true},
		Next: &Item{Base: Base{ID: 8}, Name: "nail", Price: 0.1}, Price: 9.99, Meta: map[string]string{"a": "b"}}
	b, err := json.Marshal(it)
	fmt.Println(string(b), err)
	var back Item
	err = json.Unmarshal(b, &back)
	fmt.Println(err, back.ID, back.Kind, back.Next.Name, back.Attrs["w"], back.Meta == nil)
	fmt.Printf("%+v\n", back.Base)
	var d Describer = back
	fmt.Println(d.Describe(), back.Describe(), back.Next.Describe())
	ib, _ := json.MarshalIndent([]Base{{1, "a"}, {2, ""}}, "", "  ")
	fmt.Println(string(ib))
	var anyv any
	json.Unmarshal([]byte(`{"a":[1,"x",{"b":null}]}`), &anyv)
	fmt.Printf("%v %T\n", anyv, anyv.(map[string]any)["a"])

	tmpl := template.Must(template.New("t").Funcs(template.FuncMap{"up": strings.ToUpper}).Parse(
		`{{range .}}{{.City | up}}: {{.T}}{{if .Hot}} hot{{end}}
{{end}}`))
	rs := []reading{{"seoul", 30.5}, {"oslo", -2}}
	if err := tmpl.Execute(os.Stdout, rs); err != nil {
		fmt.Println(err)
	}
	var buf bytes.Buffer
	template.Must(template.New("m").Parse(`{{.Name}} {{.Describe}} {{len .Tags}}`)).Execute(&buf, it)
	fmt.Println(buf.String())

	sc := bufio.NewScanner(strings.NewReader("one two\nthree\n\nfour"))
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d:%q ", n, sc.Text())
	}
	fmt.Println()
	ws := bufio.NewScanner(strings.NewReader("a bb  ccc\nd"))
	ws.Split(bufio.ScanWords)
	var words []string
	for ws.Scan() {
		words = append(words, ws.Text())
	}
	fmt.Println(words, len(words))
	fmt.Printf("%v %+v %#v\n", rs[0], rs[1], rs[0].T)
	fmt.Printf("%v\n", map[string]reading{"k": rs[0]})
	fmt.Printf("%#v\n", Base{1, "z"})
	fmt.Printf("%v %s\n", []temp{1, 2}, []*reading{&rs[0]}[0].T)
	var sb strings.Builder
	fmt.Fprintf(&sb, "%05.1f|%-5s|%5s|%x|%X|%o|%b|%e|%g", 3.14159, "ab", "cd", 255, "hi", 8, 5, 1234.5678, 1e21)
	fmt.Println(sb.String())
}
