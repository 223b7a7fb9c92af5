package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	out, _ := subprocess.CheckOutput([]string{"seq", "1", "5"}, subprocess.Options{Text: true})
	var nums []string
	sum := 0
	for _, f := range strings.Fields(string(out)) {
		n, _ := strconv.Atoi(f)
		sum += n
		nums = append(nums, f)
	}
	fmt.Println("["+strings.Join(nums, ", ")+"]", sum)
	out, _ = subprocess.CheckOutput([]string{"sh", "-c", "seq 3 | tac"})
	fmt.Printf("b'%s' ['%s']\n", strings.ReplaceAll(string(out), "\n", `\n`), strings.Join(strings.Fields(string(out)), "', '"))
}
