package main

import (
	"encoding/json"
	"fmt"
)

type RawMessage []byte

func (m RawMessage) MarshalJSON() ([]byte, error) { return m, nil }

var _ json.Marshaler = (*RawMessage)(nil)
var _ json.Marshaler = RawMessage(nil)

type Celsius float64

func (c Celsius) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`"%.1fC"`, float64(c))), nil
}

func main() {
	out, err := json.Marshal(map[string]any{"raw": RawMessage(`{"x":1}`), "temp": Celsius(21.456)})
	fmt.Println(string(out), err)
	if _, ok := any(Celsius(0)).(json.Marshaler); ok {
		fmt.Println("Celsius implements json.Marshaler")
	}
}
