package main

import (
	"fmt"
	"time"
)

type D = time.Duration

func (d D) Double() D { return d * 2 }

func main() {
	fmt.Println(D(1).Double())
}
