package main

import "fmt"

type JSONUser struct {
	Name string `json:"name"`
	Age  int    `json:"age,omitempty"`
}

type DBUser struct {
	Name string `db:"user_name"`
	Age  int    `db:"user_age"`
}

func main() {
	j := JSONUser{"ann", 30}
	// Struct tags are ignored when converting between struct types.
	d := DBUser(j)
	fmt.Printf("%+v\n", d)
	anon := struct {
		Name string
		Age  int
	}{"bo", 5}
	j = JSONUser(anon)
	fmt.Printf("%+v %T\n", j, j)
	var plain struct {
		Name string `x:"y"`
		Age  int
	} = struct {
		Name string `x:"y"`
		Age  int
	}(d)
	fmt.Println(plain.Name, plain.Age)
}
