package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

const doc = `{
  "name": "widget",
  "version": 3,
  "price": 12.5,
  "enabled": true,
  "owner": null,
  "tags": ["a", "b", 3, false],
  "dims": {"w": 10, "h": 2.5, "unit": "cm"},
  "parts": [{"id": 1, "sub": []}, {"id": 2, "sub": [{"id": 21}]}]
}`

func walk(path string, v any, out *[]string) {
	switch x := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			walk(path+"."+k, x[k], out)
		}
	case []any:
		if len(x) == 0 {
			*out = append(*out, path+" = []")
		}
		for i, e := range x {
			walk(fmt.Sprintf("%s[%d]", path, i), e, out)
		}
	case string:
		*out = append(*out, fmt.Sprintf("%s = %q (string)", path, x))
	case float64:
		*out = append(*out, fmt.Sprintf("%s = %v (number)", path, x))
	case bool:
		*out = append(*out, fmt.Sprintf("%s = %t (bool)", path, x))
	case nil:
		*out = append(*out, path+" = null")
	default:
		*out = append(*out, fmt.Sprintf("%s = ? %T", path, x))
	}
}

func main() {
	var v any
	if err := json.Unmarshal([]byte(doc), &v); err != nil {
		fmt.Println(err)
		return
	}
	var lines []string
	walk("$", v, &lines)
	fmt.Println(strings.Join(lines, "\n"))
	m := v.(map[string]any)
	dims := m["dims"].(map[string]any)
	area := dims["w"].(float64) * dims["h"].(float64)
	fmt.Println(area, len(m["parts"].([]any)))
	dec := json.NewDecoder(strings.NewReader(doc))
	dec.UseNumber()
	var n map[string]any
	dec.Decode(&n)
	ver := n["version"].(json.Number)
	i, err := ver.Int64()
	fmt.Printf("%T %v %d %v\n", n["version"], ver, i, err)
	_, err = n["price"].(json.Number).Int64()
	fmt.Println(err)
	for _, bad := range []string{`{"a":}`, `[1,2`, `{"a":1}x`, `"\u12"`} {
		var x any
		err := json.Unmarshal([]byte(bad), &x)
		fmt.Printf("%-10s %v\n", bad, err)
	}
	var se *json.SyntaxError
	err = json.Unmarshal([]byte(`{"k" 1}`), &v)
	if e, ok := err.(*json.SyntaxError); ok {
		se = e
	}
	fmt.Println(se.Offset, se)
}
