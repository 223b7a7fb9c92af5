package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
)

type Addr struct {
	Zip int `json:"zip"`
}

type Person struct {
	Name string `json:"name"`
	Age  uint8  `json:"age"`
	Addr Addr   `json:"addr"`
	Tags []int  `json:"tags"`
}

type Bad struct{}

func (Bad) MarshalJSON() ([]byte, error) { return nil, errors.New("no way") }

type Garbage struct{}

func (Garbage) MarshalJSON() ([]byte, error) { return []byte("{not json"), nil }

func main() {
	var p Person
	inputs := []string{
		`{"name": 5}`,
		`{"age": 300}`,
		`{"age": -1}`,
		`{"addr": {"zip": "x"}}`,
		`{"tags": [1, "two"]}`,
		`{"name": "a",}`,
		`{"name" "a"}`,
		`[1,2]`,
		``,
		`{"name": "a"} trailing`,
		`{"age": 1.5}`,
		`nul`,
	}
	for _, in := range inputs {
		err := json.Unmarshal([]byte(in), &p)
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &se):
			fmt.Printf("syntax at %d: %v\n", se.Offset, err)
		case errors.As(err, &te):
			fmt.Printf("type %s field=%q value=%q off=%d: %v\n", te.Type, te.Field, te.Value, te.Offset, err)
		default:
			fmt.Println("other:", err)
		}
	}
	fmt.Println(json.Unmarshal([]byte(`{}`), p))
	fmt.Println(json.Unmarshal([]byte(`{}`), nil))
	var ip *int
	fmt.Println(json.Unmarshal([]byte(`1`), ip))
	_, err := json.Marshal(math.Inf(1))
	fmt.Println(err)
	_, err = json.Marshal(make(chan int))
	fmt.Println(err)
	_, err = json.Marshal(Bad{})
	fmt.Println(err)
	_, err = json.Marshal(Garbage{})
	fmt.Println(err)
	_, err = json.Marshal(map[[2]int]int{{1, 2}: 3})
	fmt.Println(err)
	fmt.Println(json.Valid([]byte(`{"a":[1,2,{"b":null}]}`)), json.Valid([]byte(`{a:1}`)))
}
