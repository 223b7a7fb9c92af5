package main

import (
	"fmt"
	"time"
)

func (d time.Duration) Minutes2() float64 { return 0 }

func main() {
	fmt.Println()
}
