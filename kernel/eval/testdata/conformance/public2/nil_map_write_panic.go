package main

import "fmt"

type Config struct {
	Values map[string]string
}

func main() {
	var c Config
	fmt.Println(c.Values["missing"] == "")
	fmt.Println(len(c.Values))
	c.Values["x"] = "y"
	fmt.Println("unreachable")
}
