package main

import (
	"encoding/json"
	"fmt"
)

type Color struct {
	Space string
	Point json.RawMessage
}

type RGB struct{ R, G, B uint8 }

type YCbCr struct {
	Y  uint8
	Cb int8
	Cr int8
}

func main() {
	j := []byte(`[
	{"Space": "YCbCr", "Point": {"Y": 255, "Cb": 0, "Cr": -10}},
	{"Space": "RGB",   "Point": {"R": 98, "G": 218, "B": 255}}
]`)
	var colors []Color
	if err := json.Unmarshal(j, &colors); err != nil {
		fmt.Println("error:", err)
	}
	for _, c := range colors {
		var dst any
		switch c.Space {
		case "RGB":
			dst = new(RGB)
		case "YCbCr":
			dst = new(YCbCr)
		}
		if err := json.Unmarshal(c.Point, dst); err != nil {
			fmt.Println("error:", err)
		}
		fmt.Println(c.Space, dst, string(c.Point))
	}
	h := json.RawMessage(`{"precomputed": true}`)
	out, _ := json.Marshal(struct {
		Header *json.RawMessage `json:"header"`
		Body   string           `json:"body"`
	}{&h, "Hello"})
	fmt.Println(string(out))
}
