package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

type Row struct {
	ID    json.Number `json:"id"`
	Extra map[string]any
	Any   any
}

// UseNumber: numbers in any slots become json.Number, fields of type
// json.Number keep their text.
func main() {
	dec := json.NewDecoder(strings.NewReader(`{"id":12345678901234567890,"Extra":{"x":1.50,"y":[1,2e3]},"Any":3}`))
	dec.UseNumber()
	var r Row
	if err := dec.Decode(&r); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.ID, r.ID.String())
	_, err := r.ID.Int64()
	fmt.Println(err)
	keys := make([]string, 0, len(r.Extra))
	for k := range r.Extra {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s %T %v\n", k, r.Extra[k], r.Extra[k])
	}
	fmt.Printf("%T %v\n", r.Any, r.Any)
	if n, ok := r.Any.(json.Number); ok {
		i, _ := n.Int64()
		fmt.Println(i + 1)
	}
	var bad Row
	fmt.Println(json.Unmarshal([]byte(`{"id":"abc"}`), &bad), bad.ID)
	fmt.Println(json.Unmarshal([]byte(`{"id":true}`), &bad))
	out, _ := json.Marshal(Row{ID: "42", Any: json.Number("7.0")})
	fmt.Println(string(out))
}
