package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
)

type Snippet struct {
	Code string `json:"code"`
	Lang string `json:"lang"`
}

func (s Snippet) String() string { return "snippet:" + s.Lang }

// HTML escaping in Marshal, Encoder.SetEscapeHTML, Encoder.SetIndent,
// HTMLEscape, Compact and Indent.
func main() {
	s := Snippet{Code: "if a < b && c > d { fmt.Println(\"<x>\") }\u2028", Lang: "go"}
	out, _ := json.Marshal(s)
	fmt.Println(string(out))
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	enc.Encode(s)
	enc.SetIndent("", " ")
	enc.Encode([]Snippet{s, {Lang: "py"}})
	var buf bytes.Buffer
	json.HTMLEscape(&buf, []byte(`{"h":"<b>&</b>"}`))
	fmt.Println(buf.String())
	buf.Reset()
	fmt.Println(json.Compact(&buf, []byte("{ \"a\" : [ 1 , 2 ] }")), buf.String())
	buf.Reset()
	fmt.Println(json.Indent(&buf, []byte(`{"a":[1,{"b":[]}],"c":{}}`), "#", "--"))
	fmt.Println(buf.String())
}
