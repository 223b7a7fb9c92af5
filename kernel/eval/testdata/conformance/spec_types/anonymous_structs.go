package main

import "fmt"

func main() {
	point := struct{ X, Y int }{1, 2}
	fmt.Println(point, point.X)
	tests := []struct {
		name string
		in   int
		want int
	}{
		{"zero", 0, 0},
		{"one", 1, 1},
		{"two", 2, 4},
	}
	for _, tc := range tests {
		got := tc.in * tc.in
		fmt.Printf("%s: %v\n", tc.name, got == tc.want)
	}
	config := struct {
		Server struct {
			Host string
			Port int
		}
		Debug bool
	}{}
	config.Server.Host = "localhost"
	config.Server.Port = 8080
	fmt.Printf("%+v\n", config)
	var p struct{ X, Y int } = point
	type Named struct{ X, Y int }
	n := Named(p)
	fmt.Printf("%T %v\n", n, n == Named{1, 2})
	m := map[string]struct{ a, b int }{"k": {1, 2}}
	fmt.Println(m["k"].b)
}
