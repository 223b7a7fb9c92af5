package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

func main() {
	var v any
	json.Unmarshal([]byte(`{"name":"x","n":3,"f":1.5,"ok":true,"nil":null,"list":[1,"a",{"k":[]}]}`), &v)
	m := v.(map[string]any)
	fmt.Printf("%T %T %T %T %v\n", m["n"], m["ok"], m["list"], m["nil"], m)
	for _, e := range m["list"].([]any) {
		switch x := e.(type) {
		case float64:
			fmt.Println("number", x)
		case string:
			fmt.Println("string", x)
		case map[string]any:
			fmt.Println("object", len(x))
		}
	}
	dec := json.NewDecoder(strings.NewReader(`{"big": 12345678901234567890}`))
	dec.UseNumber()
	var n map[string]any
	dec.Decode(&n)
	num := n["big"].(json.Number)
	_, err := num.Int64()
	fmt.Println(num.String(), err)
	strict := json.NewDecoder(strings.NewReader(`{"A":1,"B":2}`))
	strict.DisallowUnknownFields()
	var s struct{ A int }
	fmt.Println(strict.Decode(&s), s.A)
	var bad struct{ A int }
	err = json.Unmarshal([]byte(`{"A":"str"}`), &bad)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"A":`), &bad)
	fmt.Println(err)
	fmt.Println(json.Valid([]byte(`{}`)), json.Valid([]byte(`{`)))
}
