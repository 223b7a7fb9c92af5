package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
)

type Secret string

func (s Secret) MarshalJSON() ([]byte, error) {
	if s == "" {
		return nil, errors.New("empty secret")
	}
	return []byte(`"***"`), nil
}

type Broken struct{}

func (Broken) MarshalJSON() ([]byte, error) { return []byte(`{bad`), nil }

type Vault struct {
	Name string
	Key  Secret
}

type Graph struct {
	Weights map[string]float64
	F       func()   `json:"-"`
	C       chan int `json:",omitempty"`
}

// Marshal errors name notebook types: a method's error, invalid method
// output, unsupported values and types.
func main() {
	_, err := json.Marshal(Vault{Name: "a"})
	fmt.Println(err)
	var me *json.MarshalerError
	fmt.Println(errors.As(err, &me))
	_, err = json.Marshal([]any{Broken{}})
	fmt.Println(err)
	_, err = json.Marshal(Graph{Weights: map[string]float64{"x": math.Inf(1)}})
	fmt.Println(err)
	_, err = json.Marshal(Graph{C: make(chan int)})
	fmt.Println(err)
	out, err := json.Marshal(Graph{Weights: map[string]float64{"b": 1e21, "a": 0.000001}})
	fmt.Println(string(out), err)
	_, err = json.Marshal(map[Vault]int{})
	fmt.Println(err)
}
