package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
)

type Page struct {
	Title string            `json:"title"`
	Body  string            `json:"body"`
	Meta  map[string]string `json:"meta"`
	Nums  []float64         `json:"nums"`
	Bytes []byte            `json:"bytes"`
	Iface any               `json:"iface"`
	Arr   [2]bool           `json:"arr"`
}

func main() {
	p := Page{"<b>T&C</b>", "line1\nline2\t\u2028", map[string]string{"z": "1", "a": "2"}, []float64{1, 1.5, 1e21, 1e-7, 0}, []byte("hi"), nil, [2]bool{true}}
	b, _ := json.Marshal(p)
	fmt.Println(string(b))
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent(">", "\t")
	enc.Encode(p)
	var out bytes.Buffer
	json.Indent(&out, []byte(`{"a":[1,2,{"b":null}],"c":{}}`), "", "  ")
	fmt.Println(out.String())
	out.Reset()
	json.Compact(&out, []byte("{ \"a\" : [ 1 , 2 ] }"))
	fmt.Println(out.String())
	out.Reset()
	json.HTMLEscape(&out, []byte(`{"x":"<a>&"}`))
	fmt.Println(out.String())
	var back Page
	fmt.Println(json.Unmarshal(b, &back), string(back.Bytes), back.Meta, back.Nums)
	var nested map[string][]map[string]int
	json.Unmarshal([]byte(`{"k":[{"a":1},{"b":2}]}`), &nested)
	fmt.Println(nested)
}
