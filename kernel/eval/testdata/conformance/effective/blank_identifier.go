package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
)

type RawMessage []byte

func (m RawMessage) MarshalJSON() ([]byte, error) { return m, nil }

var _ json.Marshaler = (*RawMessage)(nil)
var _ io.Writer = (*os.File)(nil)

var _ = fmt.Printf

func pair() (int, string) { return 1, "one" }

func main() {
	_, s := pair()
	n, _ := pair()
	fmt.Println(n, s)
	var m interface{} = RawMessage(`{"a":1}`)
	if _, ok := m.(json.Marshaler); ok {
		fmt.Printf("value %v implements json.Marshaler\n", string(m.(RawMessage)))
	}
	out, err := json.Marshal(map[string]any{"raw": RawMessage(`[1,2]`)})
	fmt.Println(string(out), err)
	for range 2 {
		fmt.Print("x")
	}
	fmt.Println()
}
