package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

type bytesBuf struct{ b bytes.Buffer }

func main() {
	in := `{"a":1} {"a":2}
[1,2] "str" 3.5 true null {"a":`
	dec := json.NewDecoder(strings.NewReader(in))
	for i := 0; ; i++ {
		var v any
		err := dec.Decode(&v)
		if err == io.EOF {
			fmt.Println("eof")
			break
		}
		if err != nil {
			fmt.Println("err:", err, dec.InputOffset())
			break
		}
		fmt.Printf("%d %T %v off=%d\n", i, v, v, dec.InputOffset())
	}
	d2 := json.NewDecoder(strings.NewReader(`{"x":1}rest of data`))
	var m map[string]int
	fmt.Println(d2.Decode(&m), m)
	rest, _ := io.ReadAll(d2.Buffered())
	fmt.Printf("%q\n", rest)
	type Msg struct {
		Type string          `json:"type"`
		Body json.RawMessage `json:"body"`
	}
	type Ping struct{ Seq int }
	type Text struct{ Text string }
	stream := `{"type":"ping","body":{"Seq":1}}{"type":"text","body":{"Text":"hi"}}{"type":"??","body":[]}`
	d3 := json.NewDecoder(strings.NewReader(stream))
	for d3.More() {
		var msg Msg
		if err := d3.Decode(&msg); err != nil {
			fmt.Println(err)
			break
		}
		switch msg.Type {
		case "ping":
			var p Ping
			json.Unmarshal(msg.Body, &p)
			fmt.Println("ping", p.Seq)
		case "text":
			var t Text
			json.Unmarshal(msg.Body, &t)
			fmt.Println("text", t.Text)
		default:
			fmt.Println("unknown", string(msg.Body))
		}
	}
	var sb strings.Builder
	enc := json.NewEncoder(&sb)
	for _, v := range []any{1, "two", []int{3}, map[string]any{"four": 4.0}, nil} {
		enc.Encode(v)
	}
	fmt.Print(sb.String())
	var ind strings.Builder
	var buf = new(bytesBuf)
	json.Indent(&buf.b, []byte(`{"a":[1,2,{"b":null}],"c":{}}`), "", "  ")
	ind.WriteString(buf.b.String())
	fmt.Println(ind.String())
}
