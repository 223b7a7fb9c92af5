package main

import (
	"bytes"
	"fmt"
	"log"
)

var buf bytes.Buffer
var logger = log.New(&buf, "", log.Lshortfile)

func helper(msg string) {
	logger.Output(2, msg)
}

func helper2(msg string) {
	helper(msg)
}

func deeper(msg string) {
	logger.Output(3, msg)
}

func viaDeeper(msg string) {
	deeper(msg)
}

func main() {
	logger.Output(1, "depth one")
	helper("depth two")
	helper2("depth two through helper2")
	viaDeeper("depth three")
	fmt.Print(buf.String())
}
