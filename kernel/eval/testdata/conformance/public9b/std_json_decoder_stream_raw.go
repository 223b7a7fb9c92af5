package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

type Envelope struct {
	Type string          `json:"type"`
	Data json.RawMessage `json:"data"`
}

type Click struct {
	X, Y int
}

type Key struct {
	Code  string `json:"code"`
	Shift bool   `json:"shift"`
}

func main() {
	const stream = `
{"type":"click","data":{"X":1,"Y":2}}
{"type":"key","data":{"code":"K","shift":true}}
{"type":"other","data":[1,2,3]}
{"type":"click","data":{"X":-5,"Y":0}}
`
	dec := json.NewDecoder(strings.NewReader(stream))
	for {
		var e Envelope
		if err := dec.Decode(&e); err == io.EOF {
			break
		} else if err != nil {
			fmt.Println("error:", err)
			break
		}
		var v any
		switch e.Type {
		case "click":
			v = new(Click)
		case "key":
			v = new(Key)
		default:
			fmt.Printf("raw %s: %s\n", e.Type, e.Data)
			continue
		}
		if err := json.Unmarshal(e.Data, v); err != nil {
			fmt.Println(err)
		}
		fmt.Printf("%s: %+v\n", e.Type, v)
	}
	dec = json.NewDecoder(strings.NewReader(`[{"a":1},{"a":2.5},{"a":"x"}]`))
	tok, err := dec.Token()
	fmt.Printf("%T %v %v\n", tok, tok, err)
	for dec.More() {
		var m map[string]any
		dec.Decode(&m)
		fmt.Printf("%v %T\n", m, m["a"])
	}
	tok, _ = dec.Token()
	fmt.Println(tok)
	d2 := json.NewDecoder(strings.NewReader(`{"n": 12345678901234567890, "f": 1.5}`))
	d2.UseNumber()
	var m map[string]any
	fmt.Println(d2.Decode(&m), m)
	n := m["n"].(json.Number)
	_, err = n.Int64()
	fmt.Println(n.String(), err)
	d3 := json.NewDecoder(strings.NewReader(`{"X":1,"Z":2}`))
	d3.DisallowUnknownFields()
	var c Click
	fmt.Println(d3.Decode(&c), c)
}
