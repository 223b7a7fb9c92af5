package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

type Depth struct {
	cur, max int
}

func (d *Depth) Visit(t json.Token) {
	switch t {
	case json.Delim('{'), json.Delim('['):
		d.cur++
		d.max = max(d.max, d.cur)
	case json.Delim('}'), json.Delim(']'):
		d.cur--
	}
}

type upperReader struct{ r io.Reader }

func (u upperReader) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	for i := 0; i < n; i++ {
		if p[i] == 'k' {
			p[i] = 'K'
		}
	}
	return n, err
}

func main() {
	src := `{"a":[1,2,{"b":null}],"c":{"d":[true,"x"]},"k":1.5}`
	dec := json.NewDecoder(upperReader{strings.NewReader(src)})
	dec.UseNumber()
	d := &Depth{}
	for {
		t, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println(err)
			break
		}
		d.Visit(t)
		fmt.Printf("%T:%v ", t, t)
	}
	fmt.Println()
	fmt.Println(d.max, d.cur)
	var sb strings.Builder
	enc := json.NewEncoder(&sb)
	enc.SetIndent(">", "  ")
	enc.SetEscapeHTML(false)
	enc.Encode(map[string]any{"html": "<b>&</b>", "n": json.Number("12.50")})
	fmt.Print(sb.String())
	fmt.Println(json.Valid([]byte(`{"x":}`)), json.Valid([]byte(`[1]`)))
	var se *json.SyntaxError
	err := json.Unmarshal([]byte(`{"x":}`), new(any))
	se, _ = err.(*json.SyntaxError)
	fmt.Println(err, se.Offset)
}
