package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

const docs = `{"b":1,"a":[1,2,{"c":null}],"s":"x<y & z>"}
  { "spaced" : [ ] , "n" : -1.5e3 }
{"bad": [1, 2}
["top", "level", true]
{"trailing": 1},`

func main() {
	for i, d := range strings.Split(docs, "\n") {
		raw := []byte(d)
		if !json.Valid(raw) {
			var v any
			err := json.Unmarshal(raw, &v)
			var se *json.SyntaxError
			if errors.As(err, &se) {
				fmt.Printf("%d: invalid at offset %d: %v\n", i, se.Offset, err)
			} else {
				fmt.Printf("%d: invalid: %v\n", i, err)
			}
			continue
		}
		var pretty, compact bytes.Buffer
		json.Indent(&pretty, raw, "", "  ")
		json.Compact(&compact, raw)
		fmt.Printf("%d: compact %s\n%s\n", i, compact.String(), pretty.String())
		var esc bytes.Buffer
		json.HTMLEscape(&esc, compact.Bytes())
		fmt.Println("   escaped:", esc.String())
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent(">", "\t")
	enc.Encode(map[string]any{"html": "<b>", "list": []int{1}})
	fmt.Print(buf.String())
	m := map[string]any{"z": 1, "a": 2, "m": map[string]int{"y": 1, "b": 2}}
	out, _ := json.Marshal(m)
	fmt.Println(string(out))
}
