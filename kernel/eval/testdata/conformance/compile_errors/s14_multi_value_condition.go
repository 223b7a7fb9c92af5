package main

import (
	"fmt"
	"strings"
)

func main() {
	if strings.Cut("a=b", "=") != "" {
		fmt.Println("cut")
	}
}
