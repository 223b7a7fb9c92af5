package main

import (
	"encoding/json"
	"fmt"
	"os"
)

type Timestamps struct {
	CreatedAt string `json:"created_at,omitempty"`
	UpdatedAt string `json:"updated_at,omitempty"`
}

type Named struct {
	Name string `json:"name"`
}

type Other struct {
	Name string `json:"name"`
}

type Inner struct {
	X, Y int
}

type Doc struct {
	Timestamps
	*Named
	Inner `json:"inner"`
	ID    int            `json:"id"`
	Tags  []string       `json:"tags,omitempty"`
	Attrs map[string]any `json:"attrs,omitempty"`
	Ptr   *int           `json:"ptr,omitempty"`
	Zero  struct{}       `json:"zero,omitempty"`
	Float float64        `json:"float,omitempty"`
	Iface any            `json:"iface"`
	Bytes []byte         `json:"bytes"`
	Arr   [2]int         `json:"arr"`
	Omitz Inner          `json:"omitz,omitzero"`
}

type Ambiguous struct {
	Named
	Other
	ID int
}

func main() {
	zero := 0
	docs := []Doc{
		{ID: 1},
		{Timestamps: Timestamps{CreatedAt: "2024-01-01"}, Named: &Named{"n"}, Inner: Inner{1, 2}, ID: 2,
			Tags: []string{}, Attrs: map[string]any{"b": []int{1}, "a": nil}, Ptr: &zero, Float: 0.1,
			Iface: map[string]int{"z": 1}, Bytes: []byte("hi"), Arr: [2]int{7}, Omitz: Inner{X: 1}},
	}
	enc := json.NewEncoder(os.Stdout)
	for _, d := range docs {
		if err := enc.Encode(d); err != nil {
			fmt.Println(err)
		}
	}
	enc.SetIndent(">", "  ")
	enc.Encode(map[string]any{"k": []any{1, "two", 3.5, true, nil}})
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "")
	enc.Encode("<a&b>")

	b, _ := json.Marshal(Ambiguous{Named{"a"}, Other{"b"}, 3})
	fmt.Println(string(b))

	var d Doc
	err := json.Unmarshal([]byte(`{"name":"filled","created_at":"t","inner":{"X":5},"bytes":"aGk=","arr":[1,2,3],"iface":[1,{"a":2}]}`), &d)
	fmt.Println(err, d.Named != nil && d.Name == "filled", d.CreatedAt, d.X, string(d.Bytes), d.Arr)
	fmt.Printf("%T %v\n", d.Iface, d.Iface)
	var n json.Number
	dec := json.NewDecoder(nil)
	_ = dec
	err = json.Unmarshal([]byte(`12345678901234567890`), &n)
	fmt.Println(n, err, n.String())
	f, err := n.Float64()
	fmt.Println(f, err)
	_, err = n.Int64()
	fmt.Println(err)
}
