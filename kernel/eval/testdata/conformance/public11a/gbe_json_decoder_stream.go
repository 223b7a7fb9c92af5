package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
)

type response1 struct {
	Page   int
	Fruits []string
}

type response2 struct {
	Page   int      `json:"page"`
	Fruits []string `json:"fruits"`
	Note   string   `json:"note,omitempty"`
}

func main() {
	bolB, _ := json.Marshal(true)
	fmt.Println(string(bolB))
	fltB, _ := json.Marshal(2.34)
	fmt.Println(string(fltB))
	mapB, _ := json.Marshal(map[string]int{"apple": 5, "lettuce": 7})
	fmt.Println(string(mapB))
	res1B, _ := json.Marshal(&response1{1, []string{"apple", "peach", "pear"}})
	fmt.Println(string(res1B))
	res2B, _ := json.Marshal(&response2{Page: 1, Fruits: []string{"apple"}})
	fmt.Println(string(res2B))
	byt := []byte(`{"num":6.13,"strs":["a","b"]}`)
	var dat map[string]any
	if err := json.Unmarshal(byt, &dat); err != nil {
		panic(err)
	}
	num := dat["num"].(float64)
	fmt.Println(num, dat["strs"].([]any)[0].(string))
	str := `{"page": 1, "fruits": ["apple", "peach"]}`
	res := response2{}
	json.Unmarshal([]byte(str), &res)
	fmt.Println(res, res.Fruits[0])
	enc := json.NewEncoder(os.Stdout)
	enc.Encode(map[string]int{"apple": 5, "lettuce": 7})
	enc.SetIndent("", "  ")
	enc.Encode(res)
	dec := json.NewDecoder(strings.NewReader(`{"page":1} {"page":2,"fruits":["x"]} [1]`))
	for {
		var r response2
		err := dec.Decode(&r)
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("error:", err)
			break
		}
		fmt.Printf("%+v\n", r)
	}
}
