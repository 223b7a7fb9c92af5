package main

import (
	"encoding/json"
	"fmt"
)

func main() {
	b, err := json.Marshal(1, 2)
	fmt.Println(b, err)
}
