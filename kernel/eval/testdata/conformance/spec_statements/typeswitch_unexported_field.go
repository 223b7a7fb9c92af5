package main

import "fmt"

type pt struct{ x, y int }

func main() {
	var r any = pt{1, 2}
	switch v := r.(type) {
	case pt:
		fmt.Println("pt", v.x+v.y)
	}
}
