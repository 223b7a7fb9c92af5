package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

const base = `{
  "name": "svc",
  "port": 8080,
  "ratio": 0.75,
  "big": 12345678901234567890,
  "features": {"a": true, "b": false, "nested": {"x": 1}},
  "hosts": ["a", "b"],
  "nothing": null
}`

const override = `{
  "port": 9090,
  "features": {"b": true, "nested": {"y": 2}},
  "hosts": ["c"],
  "extra": [1, "two", {"three": 3}]
}`

func merge(dst, src map[string]any) {
	for k, v := range src {
		if sm, ok := v.(map[string]any); ok {
			if dm, ok := dst[k].(map[string]any); ok {
				merge(dm, sm)
				continue
			}
		}
		dst[k] = v
	}
}

func walk(prefix string, v any, out *[]string) {
	switch x := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			walk(prefix+"."+k, x[k], out)
		}
	case []any:
		for i, e := range x {
			walk(fmt.Sprintf("%s[%d]", prefix, i), e, out)
		}
	case json.Number:
		if i, err := x.Int64(); err == nil {
			*out = append(*out, fmt.Sprintf("%s = int %d", prefix, i))
		} else {
			f, _ := x.Float64()
			*out = append(*out, fmt.Sprintf("%s = number %s (%g)", prefix, x.String(), f))
		}
	case string:
		*out = append(*out, fmt.Sprintf("%s = string %q", prefix, x))
	case bool:
		*out = append(*out, fmt.Sprintf("%s = bool %t", prefix, x))
	case nil:
		*out = append(*out, prefix+" = null")
	default:
		*out = append(*out, fmt.Sprintf("%s = %T", prefix, x))
	}
}

func decode(s string) map[string]any {
	d := json.NewDecoder(strings.NewReader(s))
	d.UseNumber()
	var m map[string]any
	if err := d.Decode(&m); err != nil {
		panic(err)
	}
	return m
}

func main() {
	cfg := decode(base)
	merge(cfg, decode(override))
	var lines []string
	walk("$", cfg, &lines)
	fmt.Println(strings.Join(lines, "\n"))
	b, err := json.MarshalIndent(cfg, "", "  ")
	fmt.Println(string(b), err)
	var plain map[string]any
	json.Unmarshal([]byte(base), &plain)
	fmt.Printf("%T %v %T\n", plain["port"], plain["big"], plain["nothing"])
}
