package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
)

// json.Encoder with SetIndent and SetEscapeHTML on notebook types with
// and without marshalers, MarshalIndent with prefixes, Indent and
// Compact of the output.

type Tag struct {
	Name string `json:"name"`
	HTML string `json:"html"`
}

type Level int

func (l Level) MarshalJSON() ([]byte, error) { return json.Marshal(fmt.Sprintf("L%d<", int(l))) }

type Page struct {
	Title string         `json:"title"`
	Tags  []Tag          `json:"tags"`
	Lvl   Level          `json:"lvl"`
	Meta  map[string]any `json:"meta,omitempty"`
}

func main() {
	p := Page{Title: "a&b", Tags: []Tag{{"x", "<b>"}}, Lvl: 2, Meta: map[string]any{"z": 1, "a": []int{}}}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent(">", "  ")
	fmt.Println(enc.Encode(p))
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "")
	fmt.Println(enc.Encode(&p))
	var buf bytes.Buffer
	enc = json.NewEncoder(&buf)
	enc.Encode([]Level{1, 2})
	enc.Encode(map[string]Level{"k": 3})
	fmt.Print(buf.String())
	b, _ := json.MarshalIndent(map[string]Tag{"b": {"n", ""}, "a": {}}, "# ", "\t")
	fmt.Println(string(b))
	var out bytes.Buffer
	fmt.Println(json.Indent(&out, []byte(`{"a":[1,2,{}],"b":{}}`), "", " "), out.String())
	out.Reset()
	fmt.Println(json.Compact(&out, []byte("{ \"a\" : [ 1 , 2 ] }\n")), out.String())
	out.Reset()
	json.HTMLEscape(&out, []byte(`{"h":"<a>&"}`))
	fmt.Println(out.String(), json.Valid([]byte(`{"a":}`)), json.Valid([]byte(`[1]`)))
}
