package main

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

func hash(s string) int {
	h := 0
	for _, c := range []byte(s) {
		h = (h + int(c)) * 17 % 256
	}
	return h
}

type Lens struct {
	Label string
	Focal int
}

type Boxes [256][]Lens

func (b *Boxes) Apply(step string) {
	if label, ok := strings.CutSuffix(step, "-"); ok {
		box := &b[hash(label)]
		*box = slices.DeleteFunc(*box, func(l Lens) bool { return l.Label == label })
		return
	}
	label, f, _ := strings.Cut(step, "=")
	focal, _ := strconv.Atoi(f)
	box := &b[hash(label)]
	if i := slices.IndexFunc(*box, func(l Lens) bool { return l.Label == label }); i >= 0 {
		(*box)[i].Focal = focal
		return
	}
	*box = append(*box, Lens{label, focal})
}

func (b *Boxes) Power() int {
	total := 0
	for i, box := range b {
		for j, l := range box {
			total += (i + 1) * (j + 1) * l.Focal
		}
	}
	return total
}

func main() {
	input := "rn=1,cm-,qp=3,cm=2,qp-,pc=4,ot=9,ab=5,pc-,pc=6,ot=7"
	steps := strings.Split(input, ",")
	sum := 0
	for _, s := range steps {
		sum += hash(s)
	}
	fmt.Println(hash("HASH"), sum)
	var boxes Boxes
	for _, s := range steps {
		boxes.Apply(s)
	}
	for i, box := range boxes {
		if len(box) > 0 {
			fmt.Printf("Box %d: %v\n", i, box)
		}
	}
	fmt.Println(boxes.Power())
	b2 := boxes
	b2.Apply("rn-")
	fmt.Println(len(boxes[0]), len(b2[0]), boxes.Power(), b2.Power())
}
