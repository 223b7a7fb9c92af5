package main

import (
	"fmt"
	"time"
)

func main() {
	d := time.Duration(1.5)
	fmt.Println(d)
}
