package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

// A json.UnmarshalTypeError about a slice, array or map of the program's
// types names them as Go does ([]main.Point), in the message and in its
// Type.
type Point struct{ X, Y int }

type Path struct {
	Name   string
	Points []Point
}

func main() {
	var paths []Path
	var grid [2][]*Point
	var byName map[string]Point
	var nested map[Point][]Path
	for _, c := range []struct {
		in string
		v  any
	}{
		{`{"Name":"p"}`, &paths},
		{`[[{"X":1}], 3]`, &grid},
		{`[1,2]`, &byName},
		{`"x"`, &nested},
		{`[{"Name":"ok","Points":[{"X":1,"Y":2}]}]`, &paths},
	} {
		err := json.Unmarshal([]byte(c.in), c.v)
		fmt.Println(err)
		var ute *json.UnmarshalTypeError
		if errors.As(err, &ute) {
			fmt.Println("  ", ute.Type, ute.Type.Kind(), ute.Value)
		}
	}
	fmt.Println(paths, *grid[0][0])
}
