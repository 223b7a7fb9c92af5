package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

func main() {
	const in = `{"a": [1, 2.5, "x", true, null, {"b": {}}], "n": 12345678901234567890}
{"second": 1}
[3]`
	dec := json.NewDecoder(strings.NewReader(in))
	dec.UseNumber()
	for {
		t, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("err", err)
			break
		}
		fmt.Printf("%T %v more=%v off=%d\n", t, t, dec.More(), dec.InputOffset())
	}
	dec = json.NewDecoder(strings.NewReader(`[{"n":1},{"n":2},{"n":"bad"},{"n":4}]`))
	if _, err := dec.Token(); err != nil {
		panic(err)
	}
	for dec.More() {
		var v struct{ N int }
		err := dec.Decode(&v)
		fmt.Println(v.N, err)
	}
	dec = json.NewDecoder(strings.NewReader(`{"x":1,"y":2}`))
	dec.DisallowUnknownFields()
	var onlyX struct{ X int }
	fmt.Println(dec.Decode(&onlyX), onlyX)
	var num json.Number
	json.Unmarshal([]byte(`3.25e2`), &num)
	f, _ := num.Float64()
	_, ierr := num.Int64()
	fmt.Println(num, num.String(), f, ierr)
	var raw struct {
		Kind string
		Data json.RawMessage
	}
	json.Unmarshal([]byte(`{"Kind":"pt","Data": {"X" : 1,  "Y":2}}`), &raw)
	fmt.Println(raw.Kind, string(raw.Data))
	out, _ := json.Marshal(raw)
	fmt.Println(string(out))
	var sb strings.Builder
	enc := json.NewEncoder(&sb)
	enc.SetEscapeHTML(false)
	enc.SetIndent(">", "\t")
	enc.Encode(map[string]any{"h": "<a&b>", "l": []int{1}})
	enc2 := json.NewEncoder(&sb)
	enc2.Encode("<a&b>")
	fmt.Print(sb.String())
	var buf json.RawMessage
	fmt.Println(json.Compact(nil, nil) == nil, buf == nil)
}
