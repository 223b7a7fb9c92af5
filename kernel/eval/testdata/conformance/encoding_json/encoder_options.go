package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
)

type Page struct {
	Title string   `json:"title"`
	HTML  string   `json:"html"`
	Links []string `json:"links"`
	Empty []string `json:"empty"`
	Nil   []string `json:"nil"`
	Bytes []byte   `json:"bytes"`
}

func main() {
	p := Page{Title: "A & B", HTML: "<p>hi</p>", Links: []string{"x"}, Empty: []string{}, Bytes: []byte("raw")}
	enc := json.NewEncoder(os.Stdout)
	enc.Encode(p)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	enc.Encode(p)
	var buf bytes.Buffer
	json.Compact(&buf, []byte("{ \"a\" : [ 1 , 2 ] }"))
	fmt.Println(buf.String())
	buf.Reset()
	json.Indent(&buf, []byte(`{"a":[1,2],"b":{}}`), "", "  ")
	fmt.Println(buf.String())
	buf.Reset()
	json.HTMLEscape(&buf, []byte(`{"x":"<b>"}`))
	fmt.Println(buf.String())
	b, _ := json.Marshal(map[int]string{10: "ten", 2: "two"})
	fmt.Println(string(b))
	b, _ = json.Marshal([]any{nil, 1.0, 1e21, 0.000001, "é\u2028", true})
	fmt.Println(string(b))
}
