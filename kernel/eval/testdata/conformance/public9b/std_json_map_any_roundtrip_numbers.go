package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

func describe(v any, depth int) string {
	ind := strings.Repeat("  ", depth)
	switch x := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var sb strings.Builder
		for _, k := range keys {
			fmt.Fprintf(&sb, "%s%s:\n%s", ind, k, describe(x[k], depth+1))
		}
		return sb.String()
	case []any:
		var sb strings.Builder
		for i, e := range x {
			fmt.Fprintf(&sb, "%s[%d]\n%s", ind, i, describe(e, depth+1))
		}
		return sb.String()
	default:
		return fmt.Sprintf("%s%T %v\n", ind, x, x)
	}
}

func main() {
	doc := `{"name":"svc","port":8080,"ratio":0.5,"big":12345678901234567890,"neg":-1e-3,
	"tags":["a",1,true,null,{"k":"v"}],"nested":{"deep":{"x":[1.5,2]}},"empty":{},"list":[]}`
	var v any
	if err := json.Unmarshal([]byte(doc), &v); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(describe(v, 0))
	out, _ := json.Marshal(v)
	fmt.Println(string(out))
	var ind bytes.Buffer
	json.Indent(&ind, []byte(`{"a":[1,2],"b":{}}`), ">", "\t")
	fmt.Println(ind.String())
	var cmp bytes.Buffer
	json.Compact(&cmp, []byte("{ \"a\" : [ 1 , 2 ] }"))
	fmt.Println(cmp.String(), json.Valid([]byte(`{"a":}`)), json.Valid(cmp.Bytes()))
	var esc bytes.Buffer
	json.HTMLEscape(&esc, []byte(`{"h":"<a>&"}`))
	fmt.Println(esc.String())
	b, _ := json.Marshal("<tag> & \u2028")
	fmt.Println(string(b))
	enc := json.NewEncoder(&esc)
	esc.Reset()
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	enc.Encode(map[string]any{"h": "<a>", "n": []int{1}})
	fmt.Print(esc.String())
	var se *json.SyntaxError
	err := json.Unmarshal([]byte(`{"a" 1}`), &v)
	if e, ok := err.(*json.SyntaxError); ok {
		se = e
	}
	fmt.Println(err, se != nil && se.Offset > 0)
	var ute *json.UnmarshalTypeError
	var target struct{ A int }
	err = json.Unmarshal([]byte(`{"A":"x"}`), &target)
	if e, ok := err.(*json.UnmarshalTypeError); ok {
		ute = e
	}
	fmt.Println(err, ute.Field, ute.Value)
}
