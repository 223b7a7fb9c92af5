package main

import (
	"encoding/json"
	"fmt"
	"sort"
)

type Envelope struct {
	Type string          `json:"type"`
	Data json.RawMessage `json:"data"`
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }

func main() {
	input := `[{"type":"circle","data":{"R":2}},{"type":"rect","data":{"W":3,"H":4}},{"type":"other","data":[1,2]}]`
	var envs []Envelope
	if err := json.Unmarshal([]byte(input), &envs); err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range envs {
		switch e.Type {
		case "circle":
			var c Circle
			json.Unmarshal(e.Data, &c)
			fmt.Printf("circle %+v\n", c)
		case "rect":
			var r Rect
			json.Unmarshal(e.Data, &r)
			fmt.Printf("rect %+v\n", r)
		default:
			fmt.Println("raw", string(e.Data))
		}
	}
	var v any
	json.Unmarshal([]byte(`{"a":1,"b":[true,null,"x",2.5],"c":{"d":{}}}`), &v)
	m := v.(map[string]any)
	keys := make([]string, 0)
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s: %v (%T)\n", k, m[k], m[k])
	}
	for _, x := range m["b"].([]any) {
		fmt.Printf("%T ", x)
	}
	fmt.Println()
	var mm map[string]any
	fmt.Println(json.Unmarshal([]byte(`{"n":1e3,"s":"t"}`), &mm), mm["n"], mm)
	out, _ := json.Marshal(Envelope{"x", json.RawMessage(`{"pre":"formatted"}`)})
	fmt.Println(string(out))
}
