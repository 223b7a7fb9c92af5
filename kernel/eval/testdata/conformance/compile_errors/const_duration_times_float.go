package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.Second * 1.5)
}
