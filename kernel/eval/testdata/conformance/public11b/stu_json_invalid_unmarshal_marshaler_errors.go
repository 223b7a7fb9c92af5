package main

import (
	"encoding/json"
	"fmt"
	"math"
)

type Point struct{ X, Y float64 }

type Bad struct{}

func (Bad) MarshalJSON() ([]byte, error) { return nil, fmt.Errorf("nope") }

func main() {
	var pts []Point
	fmt.Println(json.Unmarshal([]byte(`[]`), pts))
	var m map[string][]Point
	fmt.Println(json.Unmarshal([]byte(`{}`), m))
	fmt.Println(json.Unmarshal([]byte(`{}`), nil))
	_, err := json.Marshal([]Point{{math.NaN(), 1}})
	fmt.Println(err)
	_, err = json.Marshal(map[string]Bad{"a": {}})
	fmt.Println(err)
	_, err = json.Marshal([]Bad{{}})
	fmt.Println(err)
	var arr [2]Point
	fmt.Println(json.Unmarshal([]byte(`[]`), arr))
}
