package main

import "fmt"

func main() {
	n := 1
	switch n {
	case "one":
		fmt.Println()
	}
}
