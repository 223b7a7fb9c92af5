package main

import (
	"encoding/json"
	"fmt"
	"sort"
)

type Kind string

type Doc struct {
	Kind Kind
	Body any
}

func walk(prefix string, v any) {
	switch x := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			walk(prefix+"."+k, x[k])
		}
	case []any:
		for i, e := range x {
			walk(fmt.Sprintf("%s[%d]", prefix, i), e)
		}
	default:
		fmt.Printf("%s = %T %v\n", prefix, x, x)
	}
}

// Decoding into any: maps, slices, float64, bool, nil; walking the result.
func main() {
	var d Doc
	err := json.Unmarshal([]byte(`{"Kind":"k","Body":{"a":[1,"two",true,null,{"b":2.5}],"c":{}}}`), &d)
	fmt.Println(err, d.Kind)
	walk("body", d.Body)
	d.Body = []Kind{"x", "y"}
	out, _ := json.Marshal(d)
	fmt.Println(string(out))
	err = json.Unmarshal(out, &d)
	fmt.Printf("%v %T %v\n", err, d.Body, d.Body)
}
