package main

import "fmt"

func main() {
	i := 0
	if i == 0 {
		goto done
	}
	total := i * 2
	fmt.Println(total)
done:
	fmt.Println("done")
}
