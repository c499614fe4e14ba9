export { processDelivery } from './process-delivery';
export { ReceiveDeliveryInput, receiveDelivery } from './receive-delivery';
