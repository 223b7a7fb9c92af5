package main

import (
	"encoding/json"
	"fmt"
	"math"
)

// Special values in notebook types: []byte as base64, named byte slices,
// NaN and infinities (errors), float formatting, large integers, HTML
// and invalid UTF-8 in strings, a nil slice and an empty one.

type Blob []byte

type Doc struct {
	Raw   []byte
	Blob  Blob
	F     float64
	F32   float32
	Big   uint64
	Str   string
	Nil   []int
	Empty []int
}

func main() {
	d := Doc{Raw: []byte("hi"), Blob: Blob{0xff, 0}, F: 1e21, F32: 0.1, Big: math.MaxUint64, Str: "<a&b>\xff\u2028", Empty: []int{}}
	b, err := json.Marshal(d)
	fmt.Println(string(b), err)
	var back Doc
	fmt.Println(json.Unmarshal(b, &back), string(back.Raw), back.Blob, back.Big == math.MaxUint64, back.Nil == nil, back.Empty != nil)
	for _, f := range []float64{math.NaN(), math.Inf(1), 1e-7, 123456789, 0.000001} {
		b, err := json.Marshal(f)
		fmt.Println(string(b), err)
	}
	var x struct{ N int8 }
	fmt.Println(json.Unmarshal([]byte(`{"N":300}`), &x), x.N)
	fmt.Println(json.Unmarshal([]byte(`{"Raw":"not base64!"}`), &back))
}
