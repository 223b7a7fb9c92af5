package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

type Event struct {
	Type string          `json:"type"`
	At   int             `json:"at"`
	Data json.RawMessage `json:"data"`
}

type Click struct {
	X, Y int
}

type Key struct {
	Code  string `json:"code"`
	Shift bool   `json:"shift"`
}

const stream = `{"type":"click","at":1,"data":{"X":3,"Y":4}}
{"type":"key","at":2,"data":{"code":"A","shift":true}}
{"type":"scroll","at":3,"data":null}
{"type":"key","at":4,"data":{"code":"Enter"}}`

func main() {
	dec := json.NewDecoder(strings.NewReader(stream))
	for {
		var e Event
		err := dec.Decode(&e)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			fmt.Println("decode:", err)
			break
		}
		switch e.Type {
		case "click":
			var c Click
			json.Unmarshal(e.Data, &c)
			fmt.Printf("t=%d click %+v\n", e.At, c)
		case "key":
			var k Key
			json.Unmarshal(e.Data, &k)
			fmt.Printf("t=%d key %+v\n", e.At, k)
		default:
			fmt.Printf("t=%d unknown %s data=%s\n", e.At, e.Type, e.Data)
		}
	}
	tok := json.NewDecoder(strings.NewReader(`{"list":[1,"two",{"three":3.0}],"ok":true,"nil":null}`))
	depth := 0
	for {
		t, err := tok.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println(err)
			break
		}
		switch v := t.(type) {
		case json.Delim:
			if v == '}' || v == ']' {
				depth--
			}
			fmt.Printf("%*sdelim %v\n", depth*2, "", v)
			if v == '{' || v == '[' {
				depth++
			}
		default:
			fmt.Printf("%*s%T %v more=%v\n", depth*2, "", v, v, tok.More())
		}
	}
	arr := json.NewDecoder(strings.NewReader(`[{"code":"x"},{"code":"y","shift":true},{"code":"z"}]`))
	arr.Token()
	var keys []Key
	for arr.More() {
		var k Key
		if err := arr.Decode(&k); err != nil {
			fmt.Println(err)
			break
		}
		keys = append(keys, k)
	}
	arr.Token()
	fmt.Println(keys)
	strict := json.NewDecoder(strings.NewReader(`{"code":"q","extra":1}`))
	strict.DisallowUnknownFields()
	var k Key
	fmt.Println(strict.Decode(&k), k)
}
