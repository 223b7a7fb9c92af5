package main

import (
	"fmt"
	"time"
)

type C interface{ ~time.Duration }

func f[T C](x T) T { return x }

func main() {
	fmt.Println(f(time.Second))
}
