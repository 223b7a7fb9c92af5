package main

import (
	"fmt"
	"time"
)

// A timer stopped then reset fires again; then the program ends.
func main() {
	t := time.NewTimer(time.Hour)
	fmt.Println(t.Stop())
	t.Reset(10 * time.Millisecond)
	<-t.C
	fmt.Println("fired after reset")
	fmt.Println(t.Reset(time.Hour), t.Stop(), t.Stop())
}
