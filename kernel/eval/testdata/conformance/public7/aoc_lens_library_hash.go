package main

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

const input = "rn=1,cm-,qp=3,cm=2,qp-,pc=4,ot=9,ab=5,pc-,pc=6,ot=7"

func hash(s string) (h byte) {
	for i := 0; i < len(s); i++ {
		h = (h + s[i]) * 17
	}
	return
}

type Lens struct {
	Label string
	Focal int
}

func main() {
	steps := strings.Split(input, ",")
	sum := 0
	for _, s := range steps {
		sum += int(hash(s))
	}
	fmt.Println("hash sum", sum, hash("HASH"))
	var boxes [256][]Lens
	for _, s := range steps {
		if label, ok := strings.CutSuffix(s, "-"); ok {
			b := &boxes[hash(label)]
			*b = slices.DeleteFunc(*b, func(l Lens) bool { return l.Label == label })
			continue
		}
		label, f, _ := strings.Cut(s, "=")
		focal, _ := strconv.Atoi(f)
		b := &boxes[hash(label)]
		if i := slices.IndexFunc(*b, func(l Lens) bool { return l.Label == label }); i >= 0 {
			(*b)[i].Focal = focal
		} else {
			*b = append(*b, Lens{label, focal})
		}
	}
	power := 0
	for i, b := range boxes {
		if len(b) > 0 {
			fmt.Println("box", i, b)
		}
		for j, l := range b {
			power += (i + 1) * (j + 1) * l.Focal
		}
	}
	fmt.Println("power", power)
}
