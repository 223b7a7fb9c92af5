// Copyright 2019 The go-zeromq Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package zmq4

// Queue is a FIFO of messages (a PUB socket's outgoing queue).
//
// gonotes patch: upstream kept the messages boxed in interface{} values, in
// 512-slot chunks of a container/list, and dropped a chunk once it was
// emptied: a queue that its writer drains after each message (a PUB socket
// that is not falling behind, the usual case) allocated and cleared a new
// 8 KiB chunk, plus the boxed message and a list element, for every message
// pushed. The messages now sit unboxed in one slice whose storage is reused
// once the queue is empty.
type Queue struct {
	msgs []Msg
	head int // msgs[head:] are queued
}

func NewQueue() *Queue {
	return &Queue{}
}

func (q *Queue) Len() int {
	return len(q.msgs) - q.head
}

func (q *Queue) Init() {
	clear(q.msgs)
	q.msgs = q.msgs[:0]
	q.head = 0
}

func (q *Queue) Push(val Msg) {
	if q.head > 0 && len(q.msgs) == cap(q.msgs) {
		// Full, with popped slots at the front: move the queued ones
		// down instead of growing.
		n := copy(q.msgs, q.msgs[q.head:])
		clear(q.msgs[n:])
		q.msgs = q.msgs[:n]
		q.head = 0
	}
	q.msgs = append(q.msgs, val)
}

func (q *Queue) Peek() (Msg, bool) {
	if q.Len() == 0 {
		return Msg{}, false
	}
	return q.msgs[q.head], true
}

func (q *Queue) Pop() {
	if q.Len() == 0 {
		panic("attempting to Pop on an empty Queue")
	}
	q.msgs[q.head] = Msg{} // remove ref to poped element
	q.head++
	if q.head == len(q.msgs) {
		q.msgs = q.msgs[:0]
		q.head = 0
	}
}
