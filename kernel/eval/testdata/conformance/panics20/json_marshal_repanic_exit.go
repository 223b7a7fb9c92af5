package main

import (
	"encoding/json"
	"fmt"
)

type Temp float64

func (t Temp) MarshalJSON() ([]byte, error) {
	var m map[string]float64
	m["c"] = float64(t)
	return nil, nil
}

func main() {
	out, err := json.Marshal(map[string]Temp{"a": 1})
	fmt.Println(string(out), err)
}
