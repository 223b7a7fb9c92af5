package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

type Order struct {
	ID     json.Number `json:"id"`
	Amount float64     `json:"amount"`
	Qty    int         `json:"qty"`
}

func main() {
	dec := json.NewDecoder(strings.NewReader(`{"big": 12345678901234567890, "f": 1.5, "i": 3}`))
	dec.UseNumber()
	var m map[string]any
	fmt.Println(dec.Decode(&m))
	for _, k := range []string{"big", "f", "i"} {
		n := m[k].(json.Number)
		i, err := n.Int64()
		f, _ := n.Float64()
		fmt.Println(k, n.String(), i, err != nil, f)
	}
	var o Order
	fmt.Println(json.Unmarshal([]byte(`{"id": 42, "amount": 9.99, "qty": 2}`), &o), o.ID, o.Amount, o.Qty)
	b, _ := json.Marshal(o)
	fmt.Println(string(b))
	err := json.Unmarshal([]byte(`{"qty": "two"}`), &o)
	var ute *json.UnmarshalTypeError
	fmt.Println(err, errors.As(err, &ute), ute.Field, ute.Value)
	err = json.Unmarshal([]byte(`{"qty": 1.5}`), &o)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"qty": 1,}`), &o)
	var se *json.SyntaxError
	fmt.Println(err, errors.As(err, &se), se.Offset)
	err = json.Unmarshal([]byte(`{}`), map[string]int{})
	fmt.Println(err)
	_, err = json.Marshal(map[string]any{"f": func() {}})
	fmt.Println(err)
	_, err = json.Marshal(make(chan int))
	fmt.Println(err)
	fmt.Println(json.Valid([]byte(`{"a":[1,2]}`)), json.Valid([]byte(`{a:1}`)))
}
